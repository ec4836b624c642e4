// Key Vault (RBAC mode) holding Switchboard's secrets, readable by the app's user-assigned managed
// identity only. App settings refer to the secrets by name, so rotating a secret needs no redeploy.

param location string
param tags object

@description('Globally unique vault name, 3 to 24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Resource id of the managed identity that reads the secrets at run time.')
param readerIdentityId string

@description('Principal (object) id of that identity.')
param readerPrincipalId string

@description('Keep deleted secrets recoverable and forbid purging them for the retention period (cannot be undone).')
param purgeProtection bool

@description('Name of the secret holding the request store connection string.')
param connectionStringSecretName string

@secure()
@description('The request store connection string, database password included.')
param storageConnectionString string

@description('Name of the secret holding the bot app registration client secret.')
param botPasswordSecretName string

@description('Whether the bot authenticates with a client secret (SingleTenant) that must be stored.')
param storeBotPassword bool

@secure()
@description('The bot app registration client secret; ignored unless storeBotPassword.')
param botAppPassword string

@description('Name of the secret holding the record\'s pseudonym key.')
param pseudonymKeySecretName string

@secure()
@description('The record\'s pseudonym key (base64), shared by every instance.')
param recordPseudonymKey string

// Built-in role: read secret contents, nothing else (no keys, no certificates, no management).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The service accepts only true or an absent value here; false is refused.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: connectionStringSecretName
  properties: {
    value: storageConnectionString
    contentType: 'Npgsql connection string'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeBotPassword) {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'Entra app registration client secret'
  }
}

resource pseudonymKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: pseudonymKeySecretName
  properties: {
    value: recordPseudonymKey
    contentType: 'Switchboard record pseudonym key (base64)'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  // Named from ids known before deployment, so What-If can predict the assignment.
  name: guid(vault.id, readerIdentityId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    // Stated so the assignment does not wait for the new identity to replicate across the directory.
    principalType: 'ServicePrincipal'
  }
}

// A module's outputs exist only once all its resources do: the web app, which takes the vault name
// from here, is created after the secrets and the identity's right to read them.
output vaultName string = vault.name
output secretIds array = storeBotPassword
  ? [connectionStringSecret.id, pseudonymKeySecret.id, botPasswordSecret.id]
  : [connectionStringSecret.id, pseudonymKeySecret.id]
output readerRoleAssignmentId string = secretsUser.id
