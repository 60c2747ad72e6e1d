from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Account

@require_POST
def lookup(request):
    username = request.POST.get("username", "")
    sql = "SELECT * FROM accounts_account"
    sql += " WHERE username = %s"
    accounts = Account.objects.raw(sql, [username])
    return JsonResponse({"ids": [a.id for a in accounts]})
