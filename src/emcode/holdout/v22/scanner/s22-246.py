import subprocess

from django.contrib import admin

from .models import Customer


@admin.action(description="Send welcome pack")
def send_welcome(modeladmin, request, queryset):
    for customer in queryset:
        subprocess.Popen("mail -s 'Welcome' %s < /srv/templates/welcome.txt" % customer.email, shell=True)


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    actions = [send_welcome]
