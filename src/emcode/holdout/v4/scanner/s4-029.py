from django.http import JsonResponse
from .models import Invoice


def invoice_lines(request, invoice_id):
    base = "SELECT * FROM billing_invoice"
    cond = " WHERE id = " + invoice_id
    qs = Invoice.objects.raw(base + cond)
    return JsonResponse({"lines": [str(i) for i in qs]})
