import yaml


def iter_class_docs(stream):
    for doc in yaml.unsafe_load_all(stream):
        if doc:
            yield doc
