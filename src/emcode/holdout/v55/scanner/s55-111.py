import subprocess


def archive_footage(camera_dir, archive_name):
    subprocess.check_call(["tar", "czf", archive_name, "--", camera_dir])
