import yaml


def read_course_catalog(stream):
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    return sorted(data["courses"], key=lambda c: c["code"])
