import subprocess


def render_pdf(markdown_text):
    md_path = "/tmp/claim.md"
    pdf_path = "/tmp/claim.pdf"
    with open(md_path, "w") as fh:
        fh.write(markdown_text)
    subprocess.run(["pandoc", md_path, "-o", pdf_path], check=True)
    with open(pdf_path, "rb") as fh:
        return fh.read()
