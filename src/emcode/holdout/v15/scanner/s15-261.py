from django.shortcuts import render

from .models import Invoice


def overdue(request):
    days = int(request.GET.get("days", "30"))
    invoices = Invoice.objects.raw(
        "SELECT id, number, due_date FROM billing_invoice "
        "WHERE paid = false AND due_date < now() - (%s || ' days')::interval",
        [str(days)],
    )
    return render(request, "billing/overdue.html", {"invoices": invoices, "days": days})
