from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse


@staff_member_required
def report(request):
    sql = "SELECT id, email FROM accounts_user WHERE 1=1"
    params = []
    if request.GET.get("domain"):
        sql += " AND email LIKE %s"
        params.append("%@" + request.GET["domain"])
    if request.GET.get("joined_after"):
        sql += " AND date_joined > %s"
        params.append(request.GET["joined_after"])
    sql += " ORDER BY id"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return JsonResponse({"users": rows})
