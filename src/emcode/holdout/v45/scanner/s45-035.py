#!/usr/bin/env python3
import os
import sys
from urllib.parse import parse_qs

from reports import render_audiogram_pdf


def main():
    qs = parse_qs(os.environ.get("QUERY_STRING", ""))
    patient = qs.get("patient", ["patient"])[0]
    pdf = render_audiogram_pdf(patient)
    out = sys.stdout.buffer
    out.write(b"Content-Type: application/pdf\r\n")
    out.write(f'Content-Disposition: attachment; filename="{patient}-audiogram.pdf"\r\n'.encode("utf-8"))
    out.write(f"Content-Length: {len(pdf)}\r\n\r\n".encode())
    out.write(pdf)
    out.flush()


if __name__ == "__main__":
    main()
