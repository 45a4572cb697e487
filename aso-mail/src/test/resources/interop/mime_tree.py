"""Reads .eml files with Python's email package and prints their MIME trees as JSON.

Usage: /usr/bin/python3 mime_tree.py FILE...
Prints a list, one object per file: {"subject": decoded, "from": ..., "message_id": ..., "defects": [...],
"parts": [{"path": "1.2", "parent": content type of the enclosing multipart or null,
"content_type", "charset", "params": {name: value}, "disposition": "inline", "attachment" or null,
"filename", "transfer_encoding", "text": decoded text of a text/* leaf, "size": decoded bytes of another leaf,
"defects": [...]}]}, parts in the order of the message (depth first), the message itself at path "".
"""
import email
import email.policy
import json
import sys


def walk(part, path, parent, out):
    node = {
        "path": path,
        "parent": parent,
        "content_type": part.get_content_type(),
        "charset": part.get_content_charset(),
        "params": {k: v for k, v in part["content-type"].params.items()} if part["content-type"] else {},
        "disposition": part.get_content_disposition(),
        "filename": part.get_filename(),
        "transfer_encoding": part.get("content-transfer-encoding"),
        "defects": [type(d).__name__ for d in part.defects],
    }
    out.append(node)
    if part.is_multipart():
        for i, child in enumerate(part.iter_parts(), start=1):
            walk(child, (path + "." if path else "") + str(i), part.get_content_type(), out)
    elif part.get_content_maintype() == "text":
        node["text"] = part.get_content()
    else:
        node["size"] = len(part.get_content())


def main(paths):
    result = []
    for path in paths:
        with open(path, "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        parts = []
        walk(msg, "", None, parts)
        result.append({
            "subject": str(msg["subject"]) if msg["subject"] is not None else None,
            "from": str(msg["from"]) if msg["from"] is not None else None,
            "message_id": str(msg["message-id"]) if msg["message-id"] is not None else None,
            "defects": [type(d).__name__ for d in msg.defects],
            "parts": parts,
        })
    json.dump(result, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1:])
