import yaml


def iter_class_docs(stream):
    for doc in yaml.load_all(stream, Loader=yaml.SafeLoader):
        if doc:
            yield doc
