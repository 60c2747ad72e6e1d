import subprocess


def archive_logs(log_dir, out_name):
    cmd = f'tar czf "{out_name}.tgz" -C "{log_dir}" .'
    return subprocess.call(cmd, shell=True)
