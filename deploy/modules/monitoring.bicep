// Log Analytics workspace and the workspace-based Application Insights component the host reports
// traces, metrics and logs to (OpenTelemetry, through APPLICATIONINSIGHTS_CONNECTION_STRING).

@description('Prefix of every resource name.')
param namePrefix string

@description('Name of the Application Insights component (the web app module reads its connection string by it).')
param appInsightsName string

@description('Azure region.')
param location string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output workspaceId string = workspace.id
output appInsightsId string = appInsights.id
