def delete_track(cursor, item_id):
    cursor.execute("DELETE FROM guide_tracks WHERE id = %s" % item_id)
    return cursor.rowcount
