import subprocess


def restart_service_on_hub(hub_host, service):
    remote = "systemctl restart " + service
    return subprocess.run(["ssh", hub_host, remote], capture_output=True, text=True, timeout=30)
