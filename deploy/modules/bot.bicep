// Azure Bot Service registration with the Microsoft Teams channel. Single-tenant app registration or
// user-assigned managed identity only: new multi-tenant bot registrations are deprecated.

param namePrefix string
param tags object

@description('Globally unique bot handle.')
param botName string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botIdentityType string

@description('The bot\'s Microsoft App ID: the app registration client id, or the managed identity client id.')
param botAppId string

@description('Entra tenant of the app registration or managed identity.')
param tenantId string

@description('Resource id of the managed identity; used when botIdentityType is UserAssignedMSI.')
param identityId string

@description('Public host name of the web app; Bot Service posts activities to https://<host>/api/messages.')
param hostName string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free and enough for Teams: the Teams channel is a standard channel, not billed per message.')
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  // Bot Service registrations are global resources.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: '${namePrefix} Switchboard'
    endpoint: 'https://${hostName}/api/messages'
    msaAppType: botIdentityType
    msaAppId: botAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: botIdentityType == 'UserAssignedMSI' ? identityId : null
    // Only Entra ID tokens may call the channels; no channel secrets or Direct Line keys.
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
    }
  }
}

output botName string = bot.name
output teamsChannel string = teams.name
