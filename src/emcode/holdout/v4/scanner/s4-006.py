import subprocess


def make_archive(output_name: str, *paths: str) -> None:
    subprocess.run(["tar", "czf", output_name, "--", *paths], check=True)
