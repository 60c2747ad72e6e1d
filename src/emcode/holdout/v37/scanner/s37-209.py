import subprocess


def convert_score(pdf_path, out_dir):
    cmd = f"pdftoppm -png {pdf_path} {out_dir}/page"
    subprocess.run(cmd, shell=True, check=True)
