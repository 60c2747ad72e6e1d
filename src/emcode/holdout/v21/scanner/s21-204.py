import subprocess


def grep_logs(term, logfile="/var/log/syslog"):
    script = f"grep -i '{term}' {logfile} | tail -n 50"
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True).stdout
