<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>atalaya::DegradationPage</name>
        <message numerus="yes">
            <source>%n vertical(s) degraded.</source>
            <translation>
                <numerusform>%n vertical degraded.</numerusform>
                <numerusform>%n verticals degraded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vertical(s) differ from what this console wrote.</source>
            <translation>
                <numerusform>%n vertical differs from what this console wrote.</numerusform>
                <numerusform>%n verticals differ from what this console wrote.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::OverviewPage</name>
        <message numerus="yes">
            <source>%n vertical(s) critical</source>
            <translation>
                <numerusform>%n vertical critical</numerusform>
                <numerusform>%n verticals critical</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::VerticalDashboardPage</name>
        <message numerus="yes">
            <source>%n query(ies) failed · %1</source>
            <translation>
                <numerusform>%n query failed · %1</numerusform>
                <numerusform>%n queries failed · %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::AuditPage</name>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation>
                <numerusform>%n entry, newest first</numerusform>
                <numerusform>%n entries, newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::DeploymentsPage</name>
        <message numerus="yes">
            <source>%n deployment(s) not fully ready</source>
            <translation>
                <numerusform>%n deployment not fully ready</numerusform>
                <numerusform>%n deployments not fully ready</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CostService</name>
        <message numerus="yes">
            <source>the last hour of %n pod(s) in OpenCost&apos;s allocation API</source>
            <translation>
                <numerusform>the last hour of %n pod in OpenCost&apos;s allocation API</numerusform>
                <numerusform>the last hour of %n pods in OpenCost&apos;s allocation API</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::ActionDialog</name>
        <message numerus="yes">
            <source>%1 replica(s): %2 an hour, %3 a day</source>
            <translation>
                <numerusform>%1 replica: %2 an hour, %3 a day</numerusform>
                <numerusform>%1 replicas: %2 an hour, %3 a day</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::CostsPage</name>
        <message numerus="yes">
            <source>%1 over %n booking(s) this month</source>
            <translation>
                <numerusform>%1 over %n booking this month</numerusform>
                <numerusform>%1 over %n bookings this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Forecast: month to date plus the mean of the last %n complete day(s) for the rest of the month (and for days without data).</source>
            <translation>
                <numerusform>Forecast: month to date plus the mean of the last complete day for the rest of the month (and for days without data).</numerusform>
                <numerusform>Forecast: month to date plus the mean of the last %n complete days for the rest of the month (and for days without data).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>today projected from its first %n hour(s)</source>
            <translation>
                <numerusform>today projected from its first hour</numerusform>
                <numerusform>today projected from its first %n hours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atalaya::MapPage</name>
        <message numerus="yes">
            <source>last %n hour(s)</source>
            <translation>
                <numerusform>last hour</numerusform>
                <numerusform>last %n hours</numerusform>
            </translation>
        </message>
    </context>
</TS>
