def count_samples(cursor, table, species):
    query = "SELECT COUNT(*) FROM {} WHERE species = '{}'".format(table, species)
    cursor.execute(query)
    return cursor.fetchone()[0]
