from django.http import JsonResponse
from .models import Invoice


def invoice_lines(request, invoice_id):
    base = "SELECT * FROM billing_invoice"
    cond = " WHERE id = %s"
    qs = Invoice.objects.raw(base + cond, [invoice_id])
    return JsonResponse({"lines": [str(i) for i in qs]})
