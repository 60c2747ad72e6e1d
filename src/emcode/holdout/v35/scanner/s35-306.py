import psycopg2


def connect_registry():
    return psycopg2.connect(
        host="db.trials.internal",
        dbname="registry",
        user="registry_app",
        password="Tr1als!2023",
    )
