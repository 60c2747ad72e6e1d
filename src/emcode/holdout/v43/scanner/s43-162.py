import subprocess
import sys
import tempfile


def render_invoice(couple_id: int, html: str):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=True) as fh:
        fh.write(html)
        fh.flush()
        subprocess.run(["wkhtmltopdf", fh.name, f"invoice_{couple_id}.pdf"], check=True)


if __name__ == "__main__":
    render_invoice(int(sys.argv[1]), "<h1>Invoice</h1><p>Venue deposit: 2,000 EUR</p>")
