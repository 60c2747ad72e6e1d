def archive_newsletter(conn, issue_slug):
    script = """
    BEGIN;
    INSERT INTO issues_archive SELECT * FROM issues WHERE slug = '%s';
    DELETE FROM issues WHERE slug = '%s';
    COMMIT;
    """ % (issue_slug, issue_slug)
    conn.executescript(script)
