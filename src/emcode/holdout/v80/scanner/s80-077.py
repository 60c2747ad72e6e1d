import os
import subprocess
import tempfile


def render_chart(csv_text):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        fh.write(csv_text)
        src = fh.name
    try:
        subprocess.run(["gnuplot", "-e", f"datafile='{src}'", "tide.plt"], check=True)
    finally:
        os.unlink(src)


if __name__ == "__main__":
    render_chart("t,level\n0,1.2\n1,1.5\n")
