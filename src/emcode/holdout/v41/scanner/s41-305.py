import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Loan


@csrf_exempt
@login_required
def extend_loan(request, loan_id):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    loan = Loan.objects.get(pk=loan_id, member=request.user)
    days = int(json.loads(request.body).get("days", 14))
    loan.extend(days)
    return JsonResponse({"due": loan.due.isoformat()})
