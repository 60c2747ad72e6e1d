import tempfile
import subprocess


def render_label(sample_code, printer="zebra1"):
    path = tempfile.mktemp(suffix=".zpl")
    with open(path, "w") as fh:
        fh.write("^XA^FO50,50^A0N,40,40^FD" + sample_code + "^FS^XZ")
    subprocess.run(["lp", "-d", printer, path], check=True)
    return path
