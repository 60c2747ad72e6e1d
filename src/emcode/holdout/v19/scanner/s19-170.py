from subprocess import check_output as sh
import sys


def page_count(pdf_path):
    out = sh(["pdfinfo", "--", pdf_path], text=True)
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, page_count(p))
