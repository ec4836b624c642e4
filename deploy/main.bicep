// Switchboard on Azure: the bot registration with its Teams channel, the host on a Linux App Service
// plan (two instances or more), PostgreSQL for the request store, Key Vault for the secrets, and
// Application Insights over a Log Analytics workspace. Deployed to one resource group; see README.md.
targetScope = 'resourceGroup'

@description('Prefix of every resource name, e.g. swb-prod: letters, digits and hyphens, starting with a letter. Lower-cased, since host and server names are.')
@minLength(3)
@maxLength(12)
param namePrefix string

@description('Azure region of the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('Tags put on every resource.')
param tags object = {}

@description('How the bot proves its identity to the Bot Connector: an Entra app registration in this tenant with a client secret (SingleTenant), or the app\'s user-assigned managed identity, which has no secret to rotate (UserAssignedMSI).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botIdentityType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s Application (client) ID.')
param botAppId string = ''

@secure()
@description('SingleTenant only: a client secret of that app registration. Stored in Key Vault.')
param botAppPassword string = ''

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU. B1 suits a trial; P0v3 or larger for production.')
param appServiceSku string = 'P0v3'

@description('Web app instances; two at least so one can fail or restart without an outage.')
@minValue(2)
@maxValue(30)
param appInstanceCount int = 2

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'switchboard_admin'

@secure()
@description('PostgreSQL administrator password. Stored in Key Vault inside the connection string.')
param postgresAdminPassword string

@secure()
@minLength(44)
@description('The record\'s pseudonym key: at least 32 random bytes in base64 (openssl rand -base64 32), shared by every instance. Stored in Key Vault. Keep it for the life of the record: a new key splits everyone\'s entries into before and after.')
param recordPseudonymKey string

@description('PostgreSQL compute size.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param postgresHighAvailability string = 'Disabled'

@description('How the app reaches PostgreSQL: over the public endpoint restricted to Azure services (AzureServicesFirewall), or over a private VNet with no public endpoint (PrivateVnet).')
@allowed([
  'AzureServicesFirewall'
  'PrivateVnet'
])
param postgresNetwork string = 'AzureServicesFirewall'

@description('Forbid purging deleted Key Vault secrets during the retention period. Cannot be turned off once on.')
param keyVaultPurgeProtection bool = true

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var prefix = toLower(namePrefix)

// Globally unique names get a suffix stable for this resource group, so redeploying updates in place.
var suffix = uniqueString(resourceGroup().id)
var webAppName = '${prefix}-${suffix}'
var postgresServerName = '${prefix}-pg-${suffix}'
var databaseName = 'switchboard'
var isPrivate = postgresNetwork == 'PrivateVnet'
var appInsightsName = '${prefix}-appi'
var vnetName = '${prefix}-vnet'
var postgresDnsZoneName = '${postgresServerName}.private.postgres.database.azure.com'
var connectionStringSecretName = 'storage-connection-string'
var botPasswordSecretName = 'bot-app-password'
var pseudonymKeySecretName = 'record-pseudonym-key'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-id'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: prefix
    appInsightsName: appInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module network 'modules/network.bicep' = if (isPrivate) {
  name: 'network'
  params: {
    namePrefix: prefix
    location: location
    tags: tags
    vnetName: vnetName
    postgresDnsZoneName: postgresDnsZoneName
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    tags: tags
    serverName: postgresServerName
    databaseName: databaseName
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    highAvailability: postgresHighAvailability
    // Ids built from names rather than taken from the network module's outputs, so What-If can
    // predict the server; dependsOn still orders it after the network and its DNS link.
    delegatedSubnetId: isPrivate ? resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'database') : ''
    privateDnsZoneId: isPrivate ? resourceId('Microsoft.Network/privateDnsZones', postgresDnsZoneName) : ''
  }
  dependsOn: [
    network
  ]
}

// Npgsql reads quoted values with doubled quotes, so any character is safe in the password.
var storageConnectionString = 'Host=${postgres.outputs.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdminLogin};Password="${replace(postgresAdminPassword, '"', '""')}";SSL Mode=VerifyFull'

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    tags: tags
    vaultName: take('${replace(prefix, '-', '')}kv${suffix}', 24)
    readerIdentityId: identity.id
    readerPrincipalId: identity.properties.principalId
    purgeProtection: keyVaultPurgeProtection
    connectionStringSecretName: connectionStringSecretName
    storageConnectionString: storageConnectionString
    botPasswordSecretName: botPasswordSecretName
    storeBotPassword: botIdentityType == 'SingleTenant'
    botAppPassword: botAppPassword
    pseudonymKeySecretName: pseudonymKeySecretName
    recordPseudonymKey: recordPseudonymKey
  }
}

var effectiveBotAppId = botIdentityType == 'SingleTenant' ? botAppId : identity.properties.clientId

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    namePrefix: prefix
    location: location
    tags: tags
    webAppName: webAppName
    skuName: appServiceSku
    instanceCount: appInstanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    botIdentityType: botIdentityType
    botAppId: effectiveBotAppId
    vaultName: keyVault.outputs.vaultName
    connectionStringSecretName: connectionStringSecretName
    botPasswordSecretName: botPasswordSecretName
    pseudonymKeySecretName: pseudonymKeySecretName
    appInsightsName: appInsightsName
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    appSubnetId: isPrivate ? resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'app') : ''
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    namePrefix: prefix
    tags: tags
    botName: '${prefix}-bot-${suffix}'
    botIdentityType: botIdentityType
    botAppId: effectiveBotAppId
    tenantId: tenant().tenantId
    identityId: identity.id
    hostName: app.outputs.hostName
    sku: botSku
  }
}

@description('Host name to pass to the package command (--host) and to use in the app registration\'s Application ID URI.')
output hostName string = app.outputs.hostName

@description('The bot\'s Microsoft App ID, for the package command\'s --bot-id.')
output botAppId string = effectiveBotAppId

@description('Object id of the managed identity: grant it the Graph application permissions (README, step 4).')
output identityPrincipalId string = identity.properties.principalId

output webAppName string = app.outputs.webAppName
output botName string = bot.outputs.botName
output keyVaultName string = keyVault.outputs.vaultName
output postgresServerName string = postgres.outputs.serverName
