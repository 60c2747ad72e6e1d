from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_POST

DECISIONS = {"admit", "reject", "waitlist"}


@login_required
@require_POST
def set_decision(request):
    try:
        app_id = int(request.POST["application_id"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "bad id"}, status=400)
    decision = request.POST.get("decision")
    if decision not in DECISIONS:
        return JsonResponse({"error": "bad decision"}, status=400)
    sql = "UPDATE admissions_application SET "
    sql += "decision = %s, decided_by = %s "
    sql += "WHERE id = %s"
    with connection.cursor() as cur:
        cur.execute(sql, [decision, request.user.id, app_id])
    return JsonResponse({"ok": True})
