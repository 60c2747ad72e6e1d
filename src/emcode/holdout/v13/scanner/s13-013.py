from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Account

@require_POST
def lookup(request):
    username = request.POST.get("username", "")
    base = "SELECT * FROM accounts_account"
    cond = " WHERE username = '%s'" % username
    accounts = Account.objects.raw(base + cond)
    return JsonResponse({"ids": [a.id for a in accounts]})
