import subprocess
import tempfile


def render_schedule_pdf(markdown_text):
    src = tempfile.mktemp(suffix=".md")
    with open(src, "w") as fh:
        fh.write(markdown_text)
    out = src.replace(".md", ".pdf")
    subprocess.run(["pandoc", src, "-o", out], check=True)
    return out


if __name__ == "__main__":
    print(render_schedule_pdf("# Rink schedule\n\n- 06:00 figure skating\n- 07:30 hockey U12\n"))
