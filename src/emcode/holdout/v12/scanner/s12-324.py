import os
import subprocess


def convert_document(src: str, fmt: str = "pdf") -> int:
    if fmt not in {"pdf", "docx", "odt", "txt"}:
        raise ValueError("unsupported format")
    out_dir = os.path.dirname(os.path.abspath(src))
    return subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, "--", src],
                          check=False, timeout=300).returncode
