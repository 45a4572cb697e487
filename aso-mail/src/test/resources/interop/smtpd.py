"""An aiosmtpd server on 127.0.0.1 for the interop tests of aso-mail.

Usage: /usr/bin/python3 smtpd.py FOLDER [CERT.pem KEY.pem]
With a certificate and key, the server offers STARTTLS and requires it (require_starttls=True):
no MAIL before TLS. Without them, it offers no STARTTLS at all. It listens on a free port, prints
that port on the first line of its output, and saves each message it accepts as FOLDER/N.eml,
with FOLDER/N.json saying the envelope and whether the session was over TLS. Runs until killed.
"""
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Saver:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, str(self.count))
        ssl_object = session.ssl.get("ssl_object") if session.ssl else None
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": ssl_object is not None,
            "tls_version": ssl_object.version() if ssl_object is not None else None,
        }
        content = envelope.original_content if envelope.original_content is not None else envelope.content
        # the message first, then its description: a reader that sees the .json finds the .eml whole
        with open(base + ".eml.tmp", "wb") as f:
            f.write(content)
        os.rename(base + ".eml.tmp", base + ".eml")
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 OK"


async def main(folder, cert, key):
    tls = None
    if cert is not None:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cert, key)
    saver = Saver(folder)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(saver, hostname="127.0.0.1", tls_context=tls, require_starttls=tls is not None,
                     decode_data=False),
        host="127.0.0.1", port=0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(main(args[0], args[1] if len(args) > 1 else None, args[2] if len(args) > 2 else None))
