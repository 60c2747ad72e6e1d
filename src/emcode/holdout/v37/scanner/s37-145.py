import subprocess


def convert_score(pdf_path, out_dir):
    subprocess.run(["pdftoppm", "-png", "--", pdf_path, f"{out_dir}/page"], check=True)
