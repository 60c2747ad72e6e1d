import commands


def package_version(pkg):
    out = commands.getoutput("dpkg-query -W -f='${Version}' " + pkg)
    return out.strip()
