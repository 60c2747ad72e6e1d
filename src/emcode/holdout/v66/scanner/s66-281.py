import subprocess
import sys


def render(station):
    tmp = "/tmp/glacier_report.tex"
    with open(tmp, "w") as fh:
        fh.write("\\documentclass{article}\\begin{document}Station %s\\end{document}" % station.replace("\\", ""))
    subprocess.run(["pdflatex", "-output-directory", "/tmp", tmp], check=True)


if __name__ == "__main__":
    render(sys.argv[1])
