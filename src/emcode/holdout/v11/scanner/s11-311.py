import os
import stat


class DeployConfig:
    PERMS = stat.S_IRUSR | stat.S_IWUSR

    def __init__(self, hosts):
        self.hosts = hosts

    def write(self, path):
        body = []
        for alias, (host, key) in self.hosts.items():
            body.extend([f"Host {alias}", f"  HostName {host}", f"  IdentityFile {key}", ""])
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.PERMS)
        with os.fdopen(fd, "w") as fh:
            fh.write("\n".join(body))
