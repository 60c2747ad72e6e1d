import os
import subprocess
import tempfile


def render_label(sample_code: str, printer: str = "zebra1") -> None:
    if not sample_code.isalnum():
        raise ValueError("sample code must be alphanumeric")
    fd, path = tempfile.mkstemp(suffix=".zpl")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write("^XA^FO50,50^A0N,40,40^FD" + sample_code + "^FS^XZ")
        subprocess.run(["lp", "-d", printer, path], check=True)
    finally:
        os.unlink(path)
