import subprocess
import sys


def render_invoice(couple_id, html):
    path = f"/tmp/invoice_{couple_id}.html"
    with open(path, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", path, f"invoice_{couple_id}.pdf"], check=True)


if __name__ == "__main__":
    render_invoice(sys.argv[1], "<h1>Invoice</h1><p>Venue deposit: 2,000 EUR</p>")
