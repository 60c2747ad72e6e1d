import subprocess
import tempfile


def render_chart(csv_text):
    src = tempfile.mktemp(suffix=".csv")
    with open(src, "w") as fh:
        fh.write(csv_text)
    subprocess.run(["gnuplot", "-e", f"datafile='{src}'", "tide.plt"], check=True)


if __name__ == "__main__":
    render_chart("t,level\n0,1.2\n1,1.5\n")
