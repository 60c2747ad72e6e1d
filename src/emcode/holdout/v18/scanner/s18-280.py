import subprocess


def render_pdf(markdown_text):
    with open("/tmp/in.md", "w") as fh:
        fh.write(markdown_text)
    subprocess.run(["pandoc", "/tmp/in.md", "-o", "/tmp/out.pdf"], check=True)
    with open("/tmp/out.pdf", "rb") as fh:
        return fh.read()
