from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required


@login_required
@require_POST
def set_decision(request):
    app_id = request.POST["application_id"]
    decision = request.POST["decision"]
    sql = "UPDATE admissions_application SET "
    sql += "decision = '%s', " % decision
    sql += "decided_by = %d " % request.user.id
    sql += "WHERE id = " + app_id
    with connection.cursor() as cur:
        cur.execute(sql)
    return JsonResponse({"ok": True})
