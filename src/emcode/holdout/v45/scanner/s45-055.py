import shlex
import subprocess


def archive_logs(log_dir, out_name):
    cmd = f"tar czf {shlex.quote(out_name + '.tgz')} -C {shlex.quote(log_dir)} ."
    return subprocess.call(cmd, shell=True)
