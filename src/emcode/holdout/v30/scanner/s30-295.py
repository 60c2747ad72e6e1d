import subprocess
import sys


def make_invoice(booking_id, html):
    path = "/tmp/invoice_%s.html" % booking_id
    with open(path, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", path, f"invoice_{booking_id}.pdf"], check=True)


if __name__ == "__main__":
    make_invoice(int(sys.argv[1]), sys.stdin.read())
