import subprocess
import sys
import tempfile


def make_invoice(booking_id, html):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=True) as fh:
        fh.write(html)
        fh.flush()
        subprocess.run(["wkhtmltopdf", fh.name, f"invoice_{booking_id}.pdf"], check=True)


if __name__ == "__main__":
    make_invoice(int(sys.argv[1]), sys.stdin.read())
