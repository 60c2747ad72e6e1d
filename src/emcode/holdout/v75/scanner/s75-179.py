TABLES = {"haematology", "biochemistry", "urinalysis"}


def count_samples(cursor, table, species):
    if table not in TABLES:
        raise ValueError(table)
    cursor.execute(f"SELECT COUNT(*) FROM {table} WHERE species = %s", (species,))
    return cursor.fetchone()[0]
