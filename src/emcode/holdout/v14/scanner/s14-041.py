from django.http import HttpResponse
from django.utils.html import format_html, format_html_join

from .models import Invoice


def invoice_list(request):
    customer = request.GET.get("customer", "")
    invoices = Invoice.objects.filter(customer__name=customer)[:50]
    rows = format_html_join("\n", "<tr><td>{}</td><td>{}</td></tr>",
                            ((inv.number, inv.total) for inv in invoices))
    page = format_html("<h1>Invoices for {}</h1><table>{}</table>", customer, rows)
    return HttpResponse(page)
