// Linux App Service plan and the web app running Switchboard.Host on .NET 10, scaled out to at least
// two instances, with its settings wired to Key Vault, PostgreSQL, Application Insights and Graph.

param namePrefix string
param location string
param tags object

@description('Globally unique web app name; it becomes <name>.azurewebsites.net.')
param webAppName string

@description('App Service plan SKU, e.g. B1, P0v3, P1v3.')
param skuName string

@description('Instances serving the bot. Two at least: Switchboard keeps no state in memory, and one instance is a single point of failure.')
@minValue(2)
@maxValue(30)
param instanceCount int

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity (Graph, Key Vault references, and the bot when it is a managed identity bot).')
param identityClientId string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botIdentityType string

@description('The bot\'s Microsoft App ID.')
param botAppId string

@description('Key Vault holding the secrets.')
param vaultName string

param connectionStringSecretName string

@description('Secret holding the record\'s pseudonym key, which every instance must share.')
param pseudonymKeySecretName string

@description('Empty for a managed identity bot.')
param botPasswordSecretName string

param appInsightsName string

param logAnalyticsWorkspaceId string

@description('Subnet for VNet integration; empty when the app reaches the database over its public endpoint.')
param appSubnetId string

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The vault reference syntax by name (not by URI) keeps the cloud's Key Vault domain out of the
// template and follows the secret's latest version after a rotation.
func keyVaultReference(vault string, secret string) string =>
  '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

var botPasswordSetting = botIdentityType == 'SingleTenant'
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: keyVaultReference(vaultName, botPasswordSecretName)
      }
    ]
  : []

var appSettings = concat(
  [
    {
      name: 'ASPNETCORE_ENVIRONMENT'
      value: 'Production'
    }
    {
      name: 'MicrosoftAppType'
      value: botIdentityType
    }
    {
      name: 'MicrosoftAppId'
      value: botAppId
    }
    {
      name: 'MicrosoftAppTenantId'
      value: tenant().tenantId
    }
    {
      // Only the tenant Switchboard is installed in may talk to it.
      name: 'Switchboard__Security__AllowedTenants__0'
      value: tenant().tenantId
    }
    {
      name: 'Switchboard__Storage__Provider'
      value: 'Postgres'
    }
    {
      name: 'Switchboard__Storage__ConnectionString'
      value: keyVaultReference(vaultName, connectionStringSecretName)
    }
    {
      // One key for every instance, or one person gets a pseudonym per instance (the host refuses to start
      // on PostgreSQL outside Development without it).
      name: 'Switchboard__Record__PseudonymKey'
      value: keyVaultReference(vaultName, pseudonymKeySecretName)
    }
    {
      name: 'Switchboard__Graph__TenantId'
      value: tenant().tenantId
    }
    {
      name: 'Switchboard__Graph__ClientId'
      value: identityClientId
    }
    {
      name: 'Switchboard__Graph__UseManagedIdentity'
      value: 'true'
    }
    {
      name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
      value: appInsights.properties.ConnectionString
    }
  ],
  botPasswordSetting
)

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Turns go to any instance: conversation state and references live in PostgreSQL.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(appSubnetId) ? null : appSubnetId
    vnetRouteAllEnabled: !empty(appSubnetId)
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Instances failing /healthz are taken out of the load balancer and replaced.
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy); no publishing passwords exist to leak.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output webAppName string = app.name
output hostName string = app.properties.defaultHostName
